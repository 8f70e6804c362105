#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace caravan::json {

// Pieces of compact JSON text written straight into a buffer, byte for byte as QJsonDocument::Compact writes
// them: for hot paths that would otherwise build a QJsonObject only to print it.
void appendString(QByteArray &out, QStringView text);
// A finite double in the shortest form that reads back the same ("0.85", "3"); null when not finite.
void appendNumber(QByteArray &out, double value);
void appendInteger(QByteArray &out, qint64 value);
void appendStrings(QByteArray &out, const QStringList &texts);
void appendNumbers(QByteArray &out, const std::vector<double> &values);
void appendIntegers(QByteArray &out, const std::vector<int> &values);
// `"key":` (keys are plain ASCII names).
void appendKey(QByteArray &out, const char *key);

} // namespace caravan::json
