#pragma once

#include <string>
#include <string_view>

namespace caravan::mirror {

// The last few texts looked up and what they gave: consecutive rows mostly repeat their reporter, partner, code and
// currency, and comparing a few bytes costs less than hashing them.
class RecentTexts {
public:
    bool find(std::string_view text, int &id, int &extra) const
    {
        // Newest first; the texts are a few bytes, compared inline rather than through memcmp.
        for (int n = 0, i = (m_next + kSize - 1) % kSize; n < kSize; ++n, i = (i + kSize - 1) % kSize) {
            const std::string &t = m_text[i];
            if (!m_used[i] || t.size() != text.size())
                continue;
            std::size_t k = 0;
            while (k < text.size() && t[k] == text[k])
                ++k;
            if (k == text.size()) {
                id = m_id[i];
                extra = m_extra[i];
                return true;
            }
        }
        return false;
    }
    void put(std::string_view text, int id, int extra)
    {
        m_text[m_next].assign(text);
        m_id[m_next] = id;
        m_extra[m_next] = extra;
        m_used[m_next] = true;
        m_next = (m_next + 1) % kSize;
    }

private:
    static constexpr int kSize = 4;
    std::string m_text[kSize];
    int m_id[kSize] = {}, m_extra[kSize] = {};
    bool m_used[kSize] = {};
    int m_next = 0;
};

} // namespace caravan::mirror
