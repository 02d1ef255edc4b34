#include "CArena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A chunk of arena memory; blocks are carved from [cursor, end). */
typedef struct Chunk {
    struct Chunk *next;   /* the chunk reserved before this one */
    char *start;
    char *cursor;
    char *end;
} Chunk;

/* Each block is preceded by its size, so that realloc can copy it; the
 * header keeps blocks 16-byte aligned, as malloc's are. */
typedef struct {
    size_t size;
    size_t unused;
} Header;

enum {
    ALIGN = 16,
    FIRST_CHUNK = 256 * 1024,
    LARGEST_DOUBLING = 16 * 1024 * 1024,
    /* The largest chunk a thread keeps for its next session. */
    RETAIN_LIMIT = 8 * 1024 * 1024,
};

static _Thread_local Chunk *newest;  /* the chunk being carved; NULL when no session */
static _Thread_local int active;
/* A chunk kept from the last session, so that the next one starts on memory
 * already mapped: a chunk freed each time costs the kernel a fresh mapping and
 * a page fault for every 4 KB. Freed when the thread exits. */
static _Thread_local Chunk *spare;

static pthread_key_t spareKey;
static pthread_once_t spareKeyOnce = PTHREAD_ONCE_INIT;

static void freeSpare(void *chunk) {
    free(chunk);
}

static void makeSpareKey(void) {
    pthread_key_create(&spareKey, freeSpare);
}

static size_t blockSpan(size_t size) {
    return (sizeof(Header) + size + (ALIGN - 1)) & ~(size_t)(ALIGN - 1);
}

int qc_arena_owns(const void *pointer) {
    const char *p = pointer;
    for (const Chunk *chunk = newest; chunk != NULL; chunk = chunk->next) {
        if (p >= chunk->start && p < chunk->end) return 1;
    }
    return 0;
}

/* Reserves a chunk with room for `span` bytes; sizes double up to 16 MB. */
static Chunk *reserve(size_t span) {
    size_t size = FIRST_CHUNK;
    if (newest != NULL) {
        size_t previous = (size_t)(newest->end - newest->start);
        size = previous < LARGEST_DOUBLING ? previous * 2 : previous;
    }
    if (size < span) size = span;
    if (size > SIZE_MAX - sizeof(Chunk) - ALIGN) return NULL;
    Chunk *chunk = malloc(sizeof(Chunk) + ALIGN + size);
    if (chunk == NULL) return NULL;
    uintptr_t start = ((uintptr_t)(chunk + 1) + (ALIGN - 1)) & ~(uintptr_t)(ALIGN - 1);
    chunk->start = (char *)start;
    chunk->cursor = chunk->start;
    chunk->end = chunk->start + size;
    chunk->next = newest;
    newest = chunk;
    return chunk;
}

void qc_arena_begin(void) {
    active = 1;
    if (spare != NULL) {
        newest = spare;
        spare = NULL;
        pthread_setspecific(spareKey, NULL);
    }
}

void qc_arena_end(void) {
    /* The largest chunk within the limit is kept for the next session. */
    Chunk *keep = NULL;
    for (Chunk *chunk = newest; chunk != NULL; chunk = chunk->next) {
        size_t size = (size_t)(chunk->end - chunk->start);
        if (size <= RETAIN_LIMIT && (keep == NULL || size > (size_t)(keep->end - keep->start))) keep = chunk;
    }
    Chunk *chunk = newest;
    while (chunk != NULL) {
        Chunk *next = chunk->next;
        if (chunk != keep) free(chunk);
        chunk = next;
    }
    newest = NULL;
    active = 0;
    if (keep != NULL) {
        pthread_once(&spareKeyOnce, makeSpareKey);
        keep->cursor = keep->start;
        keep->next = NULL;
        spare = keep;
        pthread_setspecific(spareKey, keep);
    }
}

size_t qc_arena_retained(void) {
    return spare == NULL ? 0 : (size_t)(spare->end - spare->start);
}

int qc_arena_is_active(void) {
    return active;
}

size_t qc_arena_reserved(void) {
    size_t total = 0;
    for (const Chunk *chunk = newest; chunk != NULL; chunk = chunk->next) {
        total += (size_t)(chunk->end - chunk->start);
    }
    return total;
}

void *qc_arena_malloc(size_t size) {
    if (!active) return malloc(size);
    if (size > SIZE_MAX / 2) return NULL;
    size_t span = blockSpan(size);
    Chunk *chunk = newest;
    if (chunk == NULL || (size_t)(chunk->end - chunk->cursor) < span) {
        chunk = reserve(span);
        if (chunk == NULL) return NULL;
    }
    Header *header = (Header *)chunk->cursor;
    header->size = size;
    chunk->cursor += span;
    return header + 1;
}

void qc_arena_free(void *pointer) {
    if (pointer == NULL) return;
    if (active && qc_arena_owns(pointer)) return;  /* released with the arena */
    free(pointer);
}

void *qc_arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return qc_arena_malloc(size);
    if (!active || !qc_arena_owns(pointer)) return realloc(pointer, size);
    if (size > SIZE_MAX / 2) return NULL;
    Header *header = (Header *)pointer - 1;
    if (size <= header->size) return pointer;  /* shrinking: the block stays */
    /* The newest block of the newest chunk grows in place when there is room. */
    Chunk *chunk = newest;
    char *block = (char *)header;
    if (block + blockSpan(header->size) == chunk->cursor && (size_t)(chunk->end - block) >= blockSpan(size)) {
        chunk->cursor = block + blockSpan(size);
        header->size = size;
        return pointer;
    }
    void *moved = qc_arena_malloc(size);
    if (moved == NULL) return NULL;
    memcpy(moved, pointer, header->size);
    return moved;
}

char *qc_arena_strdup(const char *string) {
    if (string == NULL) return NULL;
    size_t length = strlen(string);
    char *copy = qc_arena_malloc(length + 1);
    if (copy == NULL) return NULL;
    memcpy(copy, string, length + 1);
    return copy;
}
