#include "commandline.h"

#include <QtGlobal>

namespace CommandLine {

bool isSubcommand(const char *arg)
{
    Q_UNUSED(arg);
    return false; // filled in by the client issue
}

int run(int, char *[])
{
    return 2;
}

} // namespace CommandLine
