#pragma once

#include <QtGlobal>

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace karsa {

// Deterministic random numbers for the demo city. std::mt19937_64's output sequence is fixed by
// the C++ standard, but the std distributions are implementation-defined, so every transform
// here is our own integer/double arithmetic: the same seed gives the same city on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_engine(mix(seed)) {}

    // An independent stream for one phase of the generation (units, people, assessments...), so a
    // change in one phase does not shift the numbers of another.
    static DemoRandom stream(quint64 seed, quint64 phase) { return DemoRandom(mix(seed ^ (phase * 0x9E3779B97F4A7C15ULL))); }

    quint64 next() { return m_engine(); }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    // Uniform integer in [lo, hi] (inclusive), unbiased by rejection.
    int between(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 range = quint64(qint64(hi) - qint64(lo)) + 1;
        const quint64 limit = ~quint64(0) - (~quint64(0) % range);
        for (;;) {
            const quint64 r = next();
            if (r < limit)
                return int(qint64(lo) + qint64(r % range));
        }
    }

    bool chance(double p) { return uniform() < p; }

    // Approximately standard normal: Irwin-Hall sum of 12 uniforms minus 6 (no libm involved).
    double normal()
    {
        double s = 0;
        for (int i = 0; i < 12; ++i)
            s += uniform();
        return s - 6.0;
    }

    // Index drawn with probability proportional to weights[i] (integer weights, sum > 0).
    template <typename Weights>
    int weighted(const Weights& weights)
    {
        qint64 total = 0;
        for (const auto& w : weights)
            total += qint64(w);
        if (total <= 0)
            return 0;
        qint64 r = qint64(between(0, int(total - 1)));
        int i = 0;
        for (const auto& w : weights) {
            if (r < qint64(w))
                return i;
            r -= qint64(w);
            ++i;
        }
        return i - 1;
    }

    template <typename T>
    void shuffle(std::vector<T>& v)
    {
        for (int i = int(v.size()) - 1; i > 0; --i)
            std::swap(v[size_t(i)], v[size_t(between(0, i))]);
    }

private:
    static quint64 mix(quint64 x) // splitmix64 finaliser
    {
        x += 0x9E3779B97F4A7C15ULL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    }

    std::mt19937_64 m_engine;
};

} // namespace karsa
