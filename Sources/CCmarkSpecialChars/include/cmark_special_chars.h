// Lets cmark-gfm parses run on several threads at once: see special_chars.c.
#ifndef SITEGEN_CMARK_SPECIAL_CHARS_H
#define SITEGEN_CMARK_SPECIAL_CHARS_H

/// How many times cmark-gfm called the replacement in special_chars.c; zero means the library's own
/// function is bound instead, and parses must stay serialised.
long sitegen_cmark_special_chars_calls(void);

#endif
