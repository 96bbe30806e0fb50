// DeployDeck's one binary: `deploydeck SUBCOMMAND ...` (options before or after it), --help and
// --version run the headless command line (QCoreApplication, no widgets, no display); anything
// else starts the desktop app.
#include "cli/commandline.h"
#include "guiapplication.h"

int main(int argc, char *argv[])
{
    if (CommandLine::wanted(argc, argv))
        return CommandLine::run(argc, argv);
    return GuiApplication::run(argc, argv);
}
