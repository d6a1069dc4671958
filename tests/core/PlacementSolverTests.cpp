// The rectangular linear assignment solver against exhaustive search on many small random matrices.
#include <catch2/catch.hpp>

#include "QtStringMaker.h"
#include "placement/AssignmentMatrixCsv.h"
#include "placement/LinearAssignment.h"

#include <algorithm>
#include <functional>
#include <random>
#include <set>

using namespace karsa;

namespace {

struct Brute
{
    bool feasible = false;
    double best = 0.0;
};

// Tries every way of giving each row of the shorter side a distinct column of the longer side.
Brute bruteForce(const AssignmentMatrix& m, bool maximize)
{
    const bool transpose = m.rows() > m.cols();
    const int n = transpose ? m.cols() : m.rows();
    const int k = transpose ? m.rows() : m.cols();
    const auto value = [&](int a, int b) { return transpose ? m.at(b, a) : m.at(a, b); };
    Brute out;
    std::vector<char> used(size_t(k), 0);
    std::function<void(int, double)> go = [&](int a, double sum) {
        if (a == n) {
            if (!out.feasible || (maximize ? sum > out.best : sum < out.best))
                out.best = sum;
            out.feasible = true;
            return;
        }
        for (int b = 0; b < k; ++b) {
            const double x = value(a, b);
            if (used[size_t(b)] || std::isnan(x))
                continue;
            used[size_t(b)] = 1;
            go(a + 1, sum + x);
            used[size_t(b)] = 0;
        }
    };
    go(0, 0.0);
    return out;
}

// The solution is a valid assignment of the shorter side whose total is the sum of its cells.
void checkValid(const AssignmentMatrix& m, const AssignmentSolution& s)
{
    REQUIRE(s.rowToCol.size() == size_t(m.rows()));
    REQUIRE(s.colToRow.size() == size_t(m.cols()));
    REQUIRE(s.pairs() == std::min(m.rows(), m.cols()));
    std::set<int> cols;
    double total = 0.0;
    for (int r = 0; r < m.rows(); ++r) {
        const int c = s.rowToCol[size_t(r)];
        if (c < 0)
            continue;
        REQUIRE(cols.insert(c).second);
        REQUIRE_FALSE(m.isForbidden(r, c));
        REQUIRE(s.colToRow[size_t(c)] == r);
        total += m.at(r, c);
    }
    REQUIRE(s.total == Approx(total).margin(1e-9));
}

AssignmentMatrix randomMatrix(std::mt19937& rng, int rows, int cols, double forbiddenShare, bool integers, int lo,
                              int hi)
{
    AssignmentMatrix m(rows, cols);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> whole(lo, hi);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            if (unit(rng) < forbiddenShare)
                m.forbid(r, c);
            else
                m.set(r, c, integers ? whole(rng) : lo + (hi - lo) * unit(rng));
        }
    return m;
}

void compareMany(std::mt19937& rng, int count, int maxRows, int maxCols, double forbiddenShare, bool integers, int lo,
                 int hi)
{
    int feasible = 0, infeasible = 0;
    for (int t = 0; t < count; ++t) {
        const int rows = std::uniform_int_distribution<int>(1, maxRows)(rng);
        const int cols = std::uniform_int_distribution<int>(1, maxCols)(rng);
        const AssignmentMatrix m = randomMatrix(rng, rows, cols, forbiddenShare, integers, lo, hi);
        for (bool maximize : {false, true}) {
            const Brute b = bruteForce(m, maximize);
            const AssignmentSolution s = solveAssignment(m, maximize);
            INFO("trial " << t << ", " << rows << "x" << cols << (maximize ? " max" : " min"));
            REQUIRE((s.status == AssignmentStatus::Optimal) == b.feasible);
            if (!b.feasible) {
                REQUIRE(s.pairs() == 0);
                ++infeasible;
                continue;
            }
            ++feasible;
            checkValid(m, s);
            REQUIRE(s.total == Approx(b.best).margin(1e-7));
        }
    }
    INFO("feasible " << feasible << ", infeasible " << infeasible);
    CHECK(feasible > 0);
}

} // namespace

TEST_CASE("Assignment solver matches brute force on square matrices", "[core][placement][solver]")
{
    std::mt19937 rng(7001);
    for (int n = 1; n <= 6; ++n)
        for (int t = 0; t < 40; ++t) {
            const AssignmentMatrix m = randomMatrix(rng, n, n, 0.0, false, 0, 100);
            for (bool maximize : {false, true}) {
                const AssignmentSolution s = solveAssignment(m, maximize);
                REQUIRE(s.status == AssignmentStatus::Optimal);
                checkValid(m, s);
                REQUIRE(s.total == Approx(bruteForce(m, maximize).best).margin(1e-7));
            }
        }
}

TEST_CASE("Assignment solver matches brute force on wide and tall matrices", "[core][placement][solver]")
{
    std::mt19937 rng(7002);
    SECTION("more columns than rows")
    {
        compareMany(rng, 300, 4, 8, 0.0, false, 0, 100);
    }
    SECTION("more rows than columns")
    {
        compareMany(rng, 300, 8, 4, 0.0, false, 0, 100);
    }
}

TEST_CASE("Assignment solver handles forbidden pairs and reports infeasible problems", "[core][placement][solver]")
{
    std::mt19937 rng(7003);
    compareMany(rng, 400, 6, 6, 0.35, false, 0, 100);
    compareMany(rng, 300, 6, 6, 0.7, false, 0, 100); // many infeasible

    SECTION("a row with every pair forbidden")
    {
        AssignmentMatrix m(2, 3, 1.0);
        for (int c = 0; c < 3; ++c)
            m.forbid(1, c);
        const AssignmentSolution s = solveAssignment(m, true);
        CHECK(s.status == AssignmentStatus::Infeasible);
        CHECK(s.pairs() == 0);
    }
    SECTION("two rows that can only take the same column")
    {
        AssignmentMatrix m(2, 3, AssignmentMatrix::forbiddenValue());
        m.set(0, 1, 5.0);
        m.set(1, 1, 7.0);
        CHECK(solveAssignment(m, false).status == AssignmentStatus::Infeasible);
    }
    SECTION("a forbidden pair is never used even when it would be the cheapest")
    {
        AssignmentMatrix m(2, 2, 100.0);
        m.forbid(0, 0);
        m.set(1, 1, -1000.0);
        m.forbid(1, 1);
        const AssignmentSolution s = solveAssignment(m, false);
        REQUIRE(s.status == AssignmentStatus::Optimal);
        CHECK(s.rowToCol == std::vector<int>{1, 0});
    }
}

TEST_CASE("Assignment solver handles ties and negative scores deterministically", "[core][placement][solver]")
{
    std::mt19937 rng(7004);
    SECTION("few distinct values (many ties)")
    {
        compareMany(rng, 400, 6, 6, 0.2, true, 0, 2);
    }
    SECTION("negative and mixed values")
    {
        compareMany(rng, 400, 6, 6, 0.2, true, -50, 20);
    }
    SECTION("all negative, real values")
    {
        compareMany(rng, 300, 5, 7, 0.1, false, -100, -1);
    }
    SECTION("equal input, equal answer")
    {
        AssignmentMatrix m(4, 6, 3.0);
        const AssignmentSolution a = solveAssignment(m, true);
        const AssignmentSolution b = solveAssignment(m, true);
        REQUIRE(a.status == AssignmentStatus::Optimal);
        CHECK(a.rowToCol == b.rowToCol);
        CHECK(a.total == 12.0);
    }
}

TEST_CASE("Assignment solver on empty and one-cell problems", "[core][placement][solver]")
{
    CHECK(solveAssignment(AssignmentMatrix(0, 0), true).status == AssignmentStatus::Optimal);
    AssignmentMatrix one(1, 1, 4.5);
    const AssignmentSolution s = solveAssignment(one, false);
    CHECK(s.status == AssignmentStatus::Optimal);
    CHECK(s.total == 4.5);
    one.forbid(0, 0);
    CHECK(solveAssignment(one, false).status == AssignmentStatus::Infeasible);
}

TEST_CASE("Matrix CSV: numbers, forbidden cells and errors naming row and column", "[core][placement][solver]")
{
    auto m = parseAssignmentMatrixCsv("1,2.5,-3\r\n4, - ,\n\"7\",1e2,0\n\n");
    REQUIRE(m.ok());
    CHECK(m->rows() == 3);
    CHECK(m->cols() == 3);
    CHECK(m->at(0, 1) == 2.5);
    CHECK(m->at(0, 2) == -3.0);
    CHECK(m->isForbidden(1, 1));
    CHECK(m->isForbidden(1, 2));
    CHECK(m->at(2, 0) == 7.0);
    CHECK(m->at(2, 1) == 100.0);

    auto bad = parseAssignmentMatrixCsv("1,2\n3,abc\n");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().row == 2);
    CHECK(bad.error().column == 2);
    CHECK(bad.error().describe().contains(QStringLiteral("row 2")));
    CHECK(bad.error().describe().contains(QStringLiteral("column 2")));
    CHECK(bad.error().describe().contains(QStringLiteral("abc")));

    auto ragged = parseAssignmentMatrixCsv("1,2\n3\n");
    REQUIRE_FALSE(ragged.ok());
    CHECK(ragged.error().row == 2);
    CHECK_FALSE(parseAssignmentMatrixCsv("").ok());
    CHECK_FALSE(parseAssignmentMatrixCsv("1,nan\n").ok());
}
