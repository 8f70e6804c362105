#pragma once

#include "models/core/Result.h"

struct sqlite3;

namespace caravan {

// The case file's schema as a list of numbered migrations; PRAGMA user_version holds the last one applied.
namespace schema {

// "CARV": marks an SQLite file as a Caravan case (PRAGMA application_id).
constexpr int kApplicationId = 0x43415256;
constexpr int kCurrentVersion = 8;

// Applies migrations (from, to] inside the caller's transaction and sets user_version to `to`.
Status migrate(sqlite3 *db, int from, int to);

} // namespace schema
} // namespace caravan
