#pragma once

namespace caravan {

// What a background task does. Logic that looks for a running task asks for its kind, never for its (translated)
// title: a title is for people and reads differently in every language.
enum class TaskKind {
    Import,
    BuildGraph,
    Layout,
    Betweenness,
    BuildMap,
    DetectChains,
    Overview,
    Ownership,
    Mirror,
    FindCandidates,
    PreviewDecision,
    PrepareReport,
    SaveCopy,
    TrainingCase,
    Encryption,
    Other,
};

} // namespace caravan
