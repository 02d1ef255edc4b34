#ifndef QUOTECHECK_CLIBXML2_SHIM_H
#define QUOTECHECK_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers clash with Foundation's own
 * copy of ICU in any Swift module that imports both. We never touch the ICU
 * members of libxml2's encoding handlers (we decode in Swift and hand libxml2
 * UTF-8), so the ICU include is left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses as
/// not concurrency-safe; this wrapper calls it.
static inline void qc_xmlFree(void *ptr) { xmlFree(ptr); }

/// A structured error handler that drops every message, so that parser
/// diagnostics never reach standard error.
static inline void qc_silentStructuredError(void *ctx, xmlErrorPtr error) {
    (void)ctx; (void)error;
}

/// The generic error callback is C-variadic; this no-op stands in for it.
static inline void qc_silentGenericError(void *ctx, const char *msg, ...) {
    (void)ctx; (void)msg;
}

/// An external entity loader that loads nothing: no file, no network.
static inline xmlParserInputPtr qc_refuseExternalEntity(const char *url, const char *id,
                                                        xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

/// Installs the silent generic error handler on the calling thread.
static inline void qc_silenceGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, qc_silentGenericError);
}

/// Silences libxml2's diagnostics on the calling thread and refuses every
/// external entity process-wide.
static inline void qc_lockDownParser(void) {
    xmlSetStructuredErrorFunc(NULL, qc_silentStructuredError);
    xmlSetGenericErrorFunc(NULL, qc_silentGenericError);
    xmlThrDefSetStructuredErrorFunc(NULL, qc_silentStructuredError);
    xmlThrDefSetGenericErrorFunc(NULL, qc_silentGenericError);
    xmlSetExternalEntityLoader(qc_refuseExternalEntity);
}

#endif
