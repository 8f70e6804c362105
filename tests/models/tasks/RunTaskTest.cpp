#include "models/tasks/RunTask.h"

#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

using namespace caravan;

namespace {

// Waits (pumping events) until the task object is gone, that is until its end was delivered and it was deleted.
bool waitGone(const QPointer<Task> &task)
{
    return QTest::qWaitFor([&] { return task.isNull(); }, 5000);
}

// Work that waits for the test's go-ahead, polling the cancel flag; it returns 42 when let through.
Result<int> gatedWork(QSemaphore &started, QSemaphore &gate, Progress &progress)
{
    started.release();
    while (!gate.tryAcquire(1, 5))
        if (progress.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("stopped"));
    progress.setProgress(1, 1);
    return 42;
}

} // namespace

TEST_CASE("runTask delivers the typed value on the starting thread and the tracker lets go", "[tasks]")
{
    QObject context;
    std::optional<TaskResult<QString>> got;
    Qt::HANDLE doneThread = nullptr;
    QPointer<Task> task = runTask<QString>(
        &context, TaskKind::SaveCopy, QStringLiteral("Saving"),
        [](Progress &progress) -> Result<QString> {
            progress.setStatus(QStringLiteral("half way"));
            return QStringLiteral("/tmp/copy.caravan");
        },
        [&](TaskResult<QString> r) {
            got.emplace(std::move(r));
            doneThread = QThread::currentThreadId();
        });
    REQUIRE(task);
    QSignalSpy finished(task.data(), &Task::finished);
    CHECK(task->kind() == TaskKind::SaveCopy);
    CHECK(TaskTracker::instance().running(&context, TaskKind::SaveCopy).size() == 1);
    REQUIRE(waitGone(task));
    REQUIRE(got);
    CHECK(got->state() == TaskState::Done);
    CHECK(got->value() == QStringLiteral("/tmp/copy.caravan"));
    CHECK(doneThread == QThread::currentThreadId());
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(0).value<TaskState>() == TaskState::Done);
    CHECK(TaskTracker::instance().running(&context).isEmpty());
}

TEST_CASE("runTask reports a failure of the work as Failed with its error", "[tasks]")
{
    QObject context;
    std::optional<TaskResult<int>> got;
    QPointer<Task> task = runTask<int>(
        &context, TaskKind::Other, QStringLiteral("Failing"),
        [](Progress &) -> Result<int> { return makeError(ErrorCode::Io, QStringLiteral("disk full")); },
        [&](TaskResult<int> r) { got.emplace(std::move(r)); });
    REQUIRE(waitGone(task));
    REQUIRE(got);
    CHECK(got->isFailed());
    CHECK(got->error().code == ErrorCode::Io);
    CHECK(got->error().message == QStringLiteral("disk full"));
}

TEST_CASE("a cancelled task ends Cancelled, not Failed, even when the work finishes anyway", "[tasks]")
{
    QObject context;
    QSemaphore started, gate;
    std::optional<TaskResult<int>> got;
    QPointer<Task> task = runTask<int>(
        &context, TaskKind::Layout, QStringLiteral("Layout"),
        [&](Progress &progress) { return gatedWork(started, gate, progress); },
        [&](TaskResult<int> r) { got.emplace(std::move(r)); });
    REQUIRE(started.tryAcquire(1, 5000));
    CHECK(TaskTracker::instance().running(&context, TaskKind::Layout).size() == 1);
    task->cancel();
    // Stopped and returned: no longer running, though its end has not been delivered yet.
    task->waitForFinished();
    CHECK(TaskTracker::instance().running(&context, TaskKind::Layout).isEmpty());
    REQUIRE(waitGone(task));
    REQUIRE(got);
    CHECK(got->state() == TaskState::Cancelled);
    CHECK_FALSE(got->isFailed());

    // The work ignored the flag and returned a value: the user still asked to stop, so it is not applied.
    got.reset();
    task = runTask<int>(
        &context, TaskKind::Layout, QStringLiteral("Layout"),
        [&](Progress &) -> Result<int> {
            started.release();
            gate.acquire();
            return 7;
        },
        [&](TaskResult<int> r) { got.emplace(std::move(r)); });
    REQUIRE(started.tryAcquire(1, 5000));
    task->cancel();
    gate.release();
    REQUIRE(waitGone(task));
    REQUIRE(got);
    CHECK(got->isCancelled());
}

TEST_CASE("a work that answers ErrorCode::Cancelled by itself ends Cancelled", "[tasks]")
{
    QObject context;
    std::optional<TaskResult<int>> got;
    QPointer<Task> task = runTask<int>(
        &context, TaskKind::Other, QStringLiteral("x"),
        [](Progress &) -> Result<int> { return makeError(ErrorCode::Cancelled, QStringLiteral("budget")); },
        [&](TaskResult<int> r) { got.emplace(std::move(r)); });
    REQUIRE(waitGone(task));
    REQUIRE(got);
    CHECK(got->isCancelled());
    CHECK(got->error().message == QStringLiteral("budget"));
}

TEST_CASE("destroying the context while the task runs cancels the work, waits for it and never calls done", "[tasks]")
{
    QSemaphore started, gate;
    std::atomic<bool> sawCancel = false;
    bool doneCalled = false;
    auto context = std::make_unique<QObject>();
    QPointer<Task> task = runTask<int>(
        context.get(), TaskKind::Betweenness, QStringLiteral("Betweenness"),
        [&](Progress &progress) -> Result<int> {
            auto r = gatedWork(started, gate, progress);
            sawCancel = !r.ok();
            return r;
        },
        [&](TaskResult<int>) { doneCalled = true; });
    REQUIRE(started.tryAcquire(1, 5000));
    QSignalSpy finished(task.data(), &Task::finished);
    context.reset();
    // The work has ended by the time the context is gone: it saw the cancel.
    CHECK(sawCancel);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(0).value<TaskState>() == TaskState::Cancelled);
    REQUIRE(waitGone(task));
    CHECK_FALSE(doneCalled);
}

TEST_CASE("the tracker finds running tasks by kind, not by their translated title", "[tasks]")
{
    QObject context, other;
    QSemaphore started, gate;
    auto work = [&](Progress &progress) { return gatedWork(started, gate, progress); };
    QPointer<Task> layout =
        runTask<int>(&context, TaskKind::Layout, QStringLiteral("Орналасу"), work, [](TaskResult<int>) {});
    QPointer<Task> build =
        runTask<int>(&context, TaskKind::BuildGraph, QStringLiteral("Layout"), work, [](TaskResult<int>) {});
    QPointer<Task> elsewhere =
        runTask<int>(&other, TaskKind::Layout, QStringLiteral("Layout"), work, [](TaskResult<int>) {});
    // Queued tasks count as running too (the pool may have fewer threads than tasks).
    const QList<Task *> layouts = TaskTracker::instance().running(&context, TaskKind::Layout);
    REQUIRE(layouts.size() == 1);
    CHECK(layouts.front() == layout.data());
    CHECK(TaskTracker::instance().running(&context).size() == 2);
    TaskTracker::instance().abandonAll(&context);
    CHECK(TaskTracker::instance().running(&context).isEmpty());
    CHECK(TaskTracker::instance().running(&other).size() == 1);
    gate.release(1);
    REQUIRE(waitGone(elsewhere));
    REQUIRE(waitGone(layout));
    REQUIRE(waitGone(build));
}

TEST_CASE("deleting a running task (as the tracker does at exit) cancels the work and waits for it", "[tasks]")
{
    QObject context;
    QSemaphore started, gate;
    std::atomic<bool> sawCancel = false;
    bool doneCalled = false;
    Task *task = runTask<int>(
        &context, TaskKind::Other, QStringLiteral("x"),
        [&](Progress &progress) -> Result<int> {
            auto r = gatedWork(started, gate, progress);
            sawCancel = !r.ok();
            return r;
        },
        [&](TaskResult<int>) { doneCalled = true; });
    REQUIRE(started.tryAcquire(1, 5000));
    delete task; // would hang here if the work were not told to stop (the gate never opens)
    CHECK(sawCancel);
    QCoreApplication::processEvents();
    CHECK_FALSE(doneCalled);
}
