#pragma once

class QString;
class QWidget;

namespace caravan::test {

// Saves a picture of the widget when CARAVAN_SCREENSHOTS names a folder, so that a person can look at the GUI
// the tests built. Does nothing otherwise.
void screenshot(QWidget &widget, const QString &name);

} // namespace caravan::test
