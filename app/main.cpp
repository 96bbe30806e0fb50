// DeployDeck's one binary: `deploydeck SUBCOMMAND ...` runs the headless command line
// (QCoreApplication, no widgets); anything else starts the desktop app.
#include "commandline.h"
#include "guiapplication.h"

int main(int argc, char *argv[])
{
    if (argc > 1 && CommandLine::isSubcommand(argv[1]))
        return CommandLine::run(argc, argv);
    return GuiApplication::run(argc, argv);
}
