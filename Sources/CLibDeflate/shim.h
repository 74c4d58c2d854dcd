#ifndef CHRONICLE_CLIBDEFLATE_SHIM_H
#define CHRONICLE_CLIBDEFLATE_SHIM_H
// The installed libdeflate header (Debian libdeflate-dev); nothing is copied here. Only its
// gzip decompressor is used (saved web pages, `.html.gz`).
#include <libdeflate.h>
#endif
