// cmark-gfm keeps one process-wide table of the characters that interrupt inline text. Every
// cmark_parser_finish() adds its extensions' characters to it ('~' for strikethrough, ':', 'w' and
// '@' for autolinks) before parsing inlines and removes them afterwards. Two parses on two threads
// therefore race: one removes '~' while the other is still parsing, and that document silently
// loses its strikethrough.
//
// libcmark-gfm calls cmark_manage_extensions_special_characters() through its PLT, so this
// definition in the executable takes its place. Adding still goes to the library's own function;
// removing is skipped. SiteGen attaches the same extensions to every parser, so after the first
// parse the table holds the same characters during every parse, exactly as it does during a serial
// parse, and it no longer changes: parses may overlap. Adding again stores the values already there.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include "cmark_special_chars.h"

typedef void (*manage_fn)(cmark_parser *, int);

static atomic_long calls;

void cmark_manage_extensions_special_characters(cmark_parser *parser, int add) {
    static _Atomic(manage_fn) library;
    atomic_fetch_add(&calls, 1);
    if (!add) return;
    manage_fn fn = atomic_load(&library);
    if (!fn) {
        fn = (manage_fn)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
        atomic_store(&library, fn);
    }
    if (fn) fn(parser, add);
}

long sitegen_cmark_special_chars_calls(void) { return atomic_load(&calls); }
