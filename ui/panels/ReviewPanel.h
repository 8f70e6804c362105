#pragma once

#include "models/core/Result.h"
#include "models/domain/MatchDecision.h"
#include "models/resolution/CaseMatching.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace caravan {

class Task;
class CaseDocument;
class GraphCanvas;
class MatchCandidateModel;
struct DecisionEffect;
struct DecisionPreviewBase;

// Walks match candidates (screening against designated entities, or duplicates inside the case) side by side:
// names, identifiers, addresses, designations and sources of both entities with the reasons behind the score.
// A accepts, R rejects (undoable steps on the document), N and P move to the next or previous candidate.
// Beside them, the effect of accepting the candidate: a small graph of the two entities' neighbourhood drawn as if
// accepted (the merging pair selected, the links the survivor would gain and the entities whose verdict changes
// highlighted) and a sentence saying what changes. Candidates are searched, and effects worked out, on worker
// threads.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    void setDocument(CaseDocument *document);
    MatchKind kind() const;
    void setKind(MatchKind kind);
    void setThreshold(double threshold);
    MatchCandidateModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    int currentRow() const;
    void setCurrentRow(int row);

    // Starts searching for candidates of the current kind; searchFinished tells when they are in.
    void findCandidates();
    bool isSearching() const;
    // Blocks until a search is done; for tests and shutdown.
    void waitForSearch();

    // The effect of accepting the current candidate, once worked out (effectReady tells when).
    QString effectText() const;
    const DecisionEffect *effect() const { return m_effect.get(); }
    GraphCanvas *effectGraph() const { return m_effectGraph; }
    bool isPreviewing() const;

    Status acceptCurrent();
    Status rejectCurrent();
    void next();
    void previous();

Q_SIGNALS:
    void searchFinished(bool ok, const QString &message);
    // The effect of the current candidate is shown.
    void effectReady();
    // An entity was double-clicked in the effect graph.
    void entityActivated(qint64 entityRowId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitEffectText();
    Status decideCurrent(MatchVerdict verdict);
    void showCandidate(int row);
    QString describeEntity(const QString &extId) const;
    void onDecisionsChanged(MatchKind kind, const QString &aRef, const QString &bRef);
    void updateActions();
    void previewCurrent();
    void showEffect();

    CaseDocument *m_document = nullptr;
    MatchCandidateModel *m_model;
    QComboBox *m_kind;
    QDoubleSpinBox *m_threshold;
    QPushButton *m_find;
    QLabel *m_status;
    QTableView *m_view;
    QLabel *m_score;
    QTextBrowser *m_left;
    QTextBrowser *m_right;
    QLabel *m_reasons;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_next;
    QPointer<Task> m_task;
    QLabel *m_effectText;
    GraphCanvas *m_effectGraph;
    QPointer<Task> m_previewTask;
    bool m_previewAgain = false; // the candidate changed while a preview ran
    std::shared_ptr<DecisionPreviewBase> m_previewBase;
    std::shared_ptr<DecisionEffect> m_effect;
};

} // namespace caravan
