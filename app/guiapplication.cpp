#include "guiapplication.h"

#include <QApplication>
#include <QLabel>

namespace GuiApplication {

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QApplication::translate("GuiApplication", "DeployDeck"));
    label.show();
    return app.exec();
}

} // namespace GuiApplication
