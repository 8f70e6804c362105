#include "models/storage/ChangeSetting.h"

#include "models/storage/CaseFile.h"

namespace caravan {

Status changeSetting(CaseFile &file, const QString &key, const QString &value)
{
    return file.setting(key) == value ? Status() : file.setSetting(key, value);
}

} // namespace caravan
