#include "models/analysis/LayoutJob.h"

#include <catch2/catch.hpp>

using namespace caravan;

namespace {

// Cancels after a number of progress reports.
class CancelAfter final : public Progress {
public:
    explicit CancelAfter(int calls) : m_left(calls) {}
    void setStatus(const QString &) override {}
    void setProgress(std::int64_t, std::int64_t) override { --m_left; }
    bool isCancelled() const override { return m_left <= 0; }

private:
    int m_left;
};

LayoutRequest ring(LayoutKind kind, std::uint32_t n)
{
    LayoutRequest request;
    request.kind = kind;
    request.vertexCount = n;
    for (std::uint32_t i = 0; i < n; ++i)
        request.edges.emplace_back(i, (i + 1) % n);
    return request;
}

} // namespace

TEST_CASE("a layout job publishes its final positions and says what it did")
{
    for (const LayoutKind kind : {LayoutKind::Force, LayoutKind::Hierarchy, LayoutKind::Radial}) {
        LayoutChannel channel;
        NullProgress progress;
        auto result = runLayout(ring(kind, 60), channel, progress);
        REQUIRE(result.ok());
        CHECK(result.value().contains(QStringLiteral("60 nodes")));
        std::vector<graph::Point> positions;
        REQUIRE(channel.take(positions));
        CHECK(positions.size() == 60);
        CHECK(graph::layoutIsValid(positions));
        CHECK_FALSE(channel.take(positions)); // taken once
    }
}

TEST_CASE("a layout job stops when cancelled and leaves the positions it reached")
{
    LayoutChannel channel;
    CancelAfter progress(3);
    auto result = runLayout(ring(LayoutKind::Force, 500), channel, progress);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Cancelled);
    std::vector<graph::Point> positions;
    REQUIRE(channel.take(positions));
    CHECK(positions.size() == 500);
}

TEST_CASE("refining keeps pinned nodes in place")
{
    LayoutRequest request = ring(LayoutKind::ForceRefine, 40);
    for (std::uint32_t i = 0; i < 40; ++i)
        request.initial.push_back({i * 10.0, (i % 7) * 10.0});
    request.pinned.assign(40, 0);
    request.pinned[5] = 1;
    LayoutChannel channel;
    NullProgress progress;
    REQUIRE(runLayout(request, channel, progress).ok());
    std::vector<graph::Point> positions;
    REQUIRE(channel.take(positions));
    CHECK(positions[5].x == 50.0);
    CHECK(positions[5].y == 50.0);
}
