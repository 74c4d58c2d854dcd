#ifndef CHRONICLE_CLIBXML2_SHIM_H
#define CHRONICLE_CLIBXML2_SHIM_H
// The installed libxml2 headers (Debian libxml2-dev); none are copied here. Only the HTML
// parser and the tree are used. libxml2's headers pull in ICU's when libxml2 was built with
// ICU; those clash with the ICU that Foundation brings, and nothing here needs them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#endif
