#pragma once

#include "models/report/ReportInputs.h"

namespace caravan {
class CaseFile;
}

namespace caravan::test {

// A small but complete investigation for report and chart tests: a German supplier, a Kazakh intermediary
// (Cyrillic and Kazakh letters), a Russian buyer under sanctions, monthly shipments 2019-2024 of CHPL goods,
// trade statistics for a mirror view, marks with notes, and a second source with a real SHA-256.
struct ReportCase {
    static constexpr const char *kTitle = "Дело № 7: реэкспорт микросхем через Казахстан";
    static constexpr const char *kSupplierName = "Elektronik Handel GmbH";
    static constexpr const char *kIntermediaryName = "ТОО «Қазақ Электроникс Трейд»";
    static constexpr const char *kBuyerName = "ООО «Восток-Комплект»";
    static constexpr const char *kSourceSha = "9f2c4e1b7a3d5f60c8e2b4a6d1f3e5c7a9b0d2f4e6c8a1b3d5f7e9c0a2b4d6f8";
    static constexpr const char *kChainId = "chain-DE-KZ-RU-0001";
    static constexpr const char *kEvidenceA = "DE-2023-000117";
    static constexpr const char *kEvidenceB = "KZ-2023-004512";

    // Fills `file` and returns the detector chains that go with it.
    static QList<ReportChain> build(CaseFile &file);
};

} // namespace caravan::test
