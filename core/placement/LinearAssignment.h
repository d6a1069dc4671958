#pragma once

#include <cmath>
#include <limits>
#include <vector>

namespace karsa {

// A rows x cols matrix of scores (or costs) for the rectangular linear assignment problem, with
// forbidden pairs as a first-class state of a cell (never a large penalty number).
class AssignmentMatrix
{
public:
    AssignmentMatrix() = default;
    AssignmentMatrix(int rows, int cols, double fill = 0.0);

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    double at(int r, int c) const { return m_cells[index(r, c)]; }
    void set(int r, int c, double value) { m_cells[index(r, c)] = value; }
    void forbid(int r, int c) { m_cells[index(r, c)] = forbiddenValue(); }
    bool isForbidden(int r, int c) const { return std::isnan(m_cells[index(r, c)]); }
    const std::vector<double>& cells() const { return m_cells; } // row-major; NaN = forbidden

    static double forbiddenValue() { return std::numeric_limits<double>::quiet_NaN(); }

private:
    size_t index(int r, int c) const { return size_t(r) * size_t(m_cols) + size_t(c); }
    int m_rows = 0;
    int m_cols = 0;
    std::vector<double> m_cells;
};

enum class AssignmentStatus { Optimal, Infeasible };

struct AssignmentSolution
{
    AssignmentStatus status = AssignmentStatus::Infeasible;
    double total = 0.0;        // sum of the chosen cells (scores when maximising, costs otherwise)
    std::vector<int> rowToCol; // per row: the column, or -1
    std::vector<int> colToRow; // per column: the row, or -1
    int pairs() const;
};

// Solves the rectangular linear assignment problem: every row of the shorter side is assigned to a
// distinct column (row) of the longer side, no forbidden pair is used, and the total is minimal
// (maximal with maximize). When no such assignment exists the status is Infeasible and no pair is
// returned. Shortest augmenting paths with row/column potentials (Jonker-Volgenant family, as
// described by D. F. Crouse, IEEE TAES 2016), O(n^2 m). Deterministic: among equally short paths
// the one ending at a free column is taken first, else the first in a fixed scan order, so equal inputs
// give equal answers.
AssignmentSolution solveAssignment(const AssignmentMatrix& matrix, bool maximize);

} // namespace karsa
