// The one C header SiteGen needs: cmark-gfm, its extension API and the core
// GFM extensions, all from Debian's libcmark-gfm-dev / -extensions-dev.
#include <stdlib.h>
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
