// cmark-gfm allocates every node, chunk and buffer of a document with calloc and frees them one by
// one when the document is freed: at 10,000 briefings that was a twentieth of a build's processor
// time spent in malloc and free. A document lives exactly as long as one render, so its memory can
// come from one growing block and go back in one step.
//
// cmark_mem's functions take no context pointer, so the arena is per thread; each render runs on
// one thread from parse to the copy of its HTML, then resets the arena.
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cmark_arena.h"

// Every allocation is preceded by a header holding its size, so realloc knows what to copy.
#define ALIGN 16
#define HEADER ALIGN
#define FIRST_BLOCK (1u << 20)

typedef struct block {
    struct block *previous;
    size_t size;
    size_t used;
    _Alignas(ALIGN) unsigned char data[];
} block;

static __thread block *current;
static pthread_key_t release_key;
static pthread_once_t release_once = PTHREAD_ONCE_INIT;

static void release_all(void *unused) {
    (void)unused;
    while (current) {
        block *previous = current->previous;
        free(current);
        current = previous;
    }
}

// Worker threads come and go: the key's destructor returns a leaving thread's blocks.
static void make_key(void) { pthread_key_create(&release_key, release_all); }

static void out_of_memory(void) {
    fputs("sitegen: out of memory while rendering Markdown\n", stderr);
    abort();
}

static size_t round_up(size_t n) {
    if (n > SIZE_MAX - 2 * ALIGN) out_of_memory();
    return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

static block *new_block(size_t at_least) {
    size_t size = at_least > FIRST_BLOCK ? at_least : FIRST_BLOCK;
    block *b = malloc(sizeof(block) + size);
    if (!b) out_of_memory();
    if (!current) {
        pthread_once(&release_once, make_key);
        pthread_setspecific(release_key, (void *)1);
    }
    b->previous = current;
    b->size = size;
    b->used = 0;
    current = b;
    return b;
}

static void *take(size_t n) {
    size_t need = HEADER + round_up(n);
    block *b = current;
    if (!b || b->size - b->used < need) b = new_block(need);
    unsigned char *header = b->data + b->used;
    b->used += need;
    *(size_t *)header = round_up(n);
    return header + HEADER;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) out_of_memory();
    void *p = take(count * size);
    memset(p, 0, count * size);
    return p;
}

static void *arena_realloc(void *p, size_t n) {
    if (!p) return take(n);
    size_t *header = (size_t *)((unsigned char *)p - HEADER);
    size_t had = *header;
    if (round_up(n) <= had) return p;
    block *b = current;
    // The newest allocation grows in place when its block has room: cmark's buffers grow this way.
    if (b && (unsigned char *)p + had == b->data + b->used && b->size - b->used >= round_up(n) - had) {
        b->used += round_up(n) - had;
        *header = round_up(n);
        return p;
    }
    void *q = take(n);
    memcpy(q, p, had);
    return q;
}

static void arena_free(void *p) { (void)p; }

static cmark_mem arena = {arena_calloc, arena_realloc, arena_free};

cmark_mem *sitegen_arena_mem(void) { return &arena; }

void sitegen_arena_reset(void) {
    if (!current) return;
    // Keep the oldest block, the usual size of a whole document, and return the rest.
    while (current->previous) {
        block *previous = current->previous;
        free(current);
        current = previous;
    }
    if (current->size > FIRST_BLOCK) {
        free(current);
        current = NULL;
        return;
    }
    current->used = 0;
}

size_t sitegen_arena_reserved(void) {
    size_t total = 0;
    for (block *b = current; b; b = b->previous) total += b->size;
    return total;
}
