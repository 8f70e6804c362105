#include "Screenshot.h"

#include <QDir>
#include <QString>
#include <QWidget>

namespace caravan::test {

void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CARAVAN_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name));
}

} // namespace caravan::test
