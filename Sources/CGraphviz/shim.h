#ifndef CHRONICLE_CGRAPHVIZ_SHIM_H
#define CHRONICLE_CGRAPHVIZ_SHIM_H
// The installed Graphviz headers (Debian libgraphviz-dev); none are copied here.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
