#pragma once

#include "models/itemmodels/LazyTableModel.h"

namespace caravan {

// Every imported source file with its counts, hash and import time: the provenance investigators cite.
class SourceTableModel : public LazyTableModel {
    Q_OBJECT
public:
    enum Column { File, Format, Kind, Read, Imported, Rejected, Skipped, Sha256, ImportedAt, ImportedBy, ColumnCount };
    explicit SourceTableModel(QObject *parent = nullptr);
};

// Rows an import could not take, verbatim, with their line number and the reason.
class RejectedRowTableModel : public LazyTableModel {
    Q_OBJECT
public:
    enum Column { File, Line, Reason, Raw, ColumnCount };
    explicit RejectedRowTableModel(QObject *parent = nullptr);
};

// The case's audit log: who changed what, when.
class AuditLogTableModel : public LazyTableModel {
    Q_OBJECT
public:
    enum Column { At, User, Action, Target, Detail, ColumnCount };
    explicit AuditLogTableModel(QObject *parent = nullptr);
};

} // namespace caravan
