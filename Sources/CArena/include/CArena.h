#ifndef QUOTECHECK_CARENA_H
#define QUOTECHECK_CARENA_H

#include <stddef.h>

/* A per-thread bump allocator for one parse at a time.
 *
 * Between qc_arena_begin() and qc_arena_end() on a thread, qc_arena_malloc,
 * qc_arena_realloc and qc_arena_strdup on that thread take memory from the
 * thread's arena, and qc_arena_free of arena memory does nothing;
 * qc_arena_end() releases all of it at once (keeping one chunk for the
 * thread's next session). Outside a session, and for
 * memory the arena does not hold, the four functions are malloc, realloc,
 * free and strdup. They are meant as libxml2's allocation hooks
 * (xmlMemSetup): a parse allocates tens of thousands of small blocks that all
 * die together with the document. */

/** Starts an arena session on the calling thread (sessions do not nest). */
void qc_arena_begin(void);

/** Ends the calling thread's session and releases every block it handed out.
 *  No pointer into the arena may be used afterwards. */
void qc_arena_end(void);

/** Whether a session is open on the calling thread. */
int qc_arena_is_active(void);

/** Bytes the calling thread's arena has reserved (0 outside a session). */
size_t qc_arena_reserved(void);

/** Bytes the calling thread keeps between sessions (one chunk, at most 8 MB),
 *  so that the next session starts on memory already mapped. */
size_t qc_arena_retained(void);

/** Whether `pointer` lies in memory the calling thread's arena holds. */
int qc_arena_owns(const void *pointer);

void *qc_arena_malloc(size_t size);
void *qc_arena_realloc(void *pointer, size_t size);
void qc_arena_free(void *pointer);
char *qc_arena_strdup(const char *string);

#endif
