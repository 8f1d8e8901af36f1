// A per-thread bump allocator for cmark-gfm documents: see arena.c.
#ifndef SITEGEN_CMARK_ARENA_H
#define SITEGEN_CMARK_ARENA_H

#include <stddef.h>
#include <cmark-gfm.h>

/// The allocator to hand cmark-gfm for one document on this thread. Everything it returns stays
/// valid until sitegen_arena_reset() on the same thread; its free() does nothing.
cmark_mem *sitegen_arena_mem(void);

/// Gives back, at once, everything this thread allocated through sitegen_arena_mem() since the last
/// reset. The first block is kept for the next document.
void sitegen_arena_reset(void);

/// Bytes this thread's arena holds in blocks right now (for tests: a reset brings it back down).
size_t sitegen_arena_reserved(void);

#endif
