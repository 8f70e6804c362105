#pragma once

#include "models/core/Result.h"

#include <QString>

namespace caravan {

class CaseFile;

// CaseFile::setSetting() where the case holds another value (or none): an unchanged value writes and audits
// nothing. For settings saved whole (the chain detector's, the mirror comparison's) of which one part changed.
Status changeSetting(CaseFile &file, const QString &key, const QString &value);

} // namespace caravan
