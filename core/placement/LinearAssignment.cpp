#include "LinearAssignment.h"

#include <algorithm>

namespace karsa {

AssignmentMatrix::AssignmentMatrix(int rows, int cols, double fill)
    : m_rows(std::max(0, rows)), m_cols(std::max(0, cols)), m_cells(size_t(m_rows) * size_t(m_cols), fill)
{}

int AssignmentSolution::pairs() const
{
    return int(std::count_if(rowToCol.begin(), rowToCol.end(), [](int c) { return c >= 0; }));
}

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Minimises over an n x m cost matrix with n <= m, every entry finite or +inf (forbidden) and >= 0.
// Fills rowToCol; returns false when some row cannot be assigned.
bool solveWide(int n, int m, const std::vector<double>& cost, std::vector<int>& rowToCol)
{
    std::vector<double> u(size_t(n), 0.0), v(size_t(m), 0.0);
    std::vector<double> shortest(static_cast<size_t>(m));
    std::vector<int> path(size_t(m), -1), colToRow(size_t(m), -1);
    std::vector<int> remaining(static_cast<size_t>(m));
    std::vector<char> scannedRow(static_cast<size_t>(n)), scannedCol(static_cast<size_t>(m));
    std::vector<int> scannedRows;
    scannedRows.reserve(size_t(n));
    rowToCol.assign(size_t(n), -1);

    // Row reduction: a row's potential is its cheapest allowed cost, and the row takes that column at
    // once when it is still free (the first such column). Reduced costs stay >= 0 and are 0 on the
    // pairs taken, so the shortest augmenting paths below start from a consistent state.
    for (int i = 0; i < n; ++i) {
        const double* row = cost.data() + size_t(i) * size_t(m);
        double lowest = kInf;
        int best = -1;
        for (int j = 0; j < m; ++j) {
            if (row[j] < lowest) {
                lowest = row[j];
                best = j;
            }
        }
        if (best < 0)
            return false; // every pair of this row is forbidden
        u[size_t(i)] = lowest;
        if (colToRow[size_t(best)] < 0) {
            colToRow[size_t(best)] = i;
            rowToCol[size_t(i)] = best;
        }
    }

    // Augmenting row reduction (Jonker-Volgenant), two passes: a free row takes its cheapest column
    // (by c - v) and raises that column's price to its second-cheapest, so that the row it displaces
    // looks elsewhere. Column prices only fall below 0 on taken columns, and every row's potential
    // stays at most its reduced costs, as the shortest-path phase needs; it only has fewer rows to do.
    std::vector<int> freeRows;
    for (int i = 0; i < n; ++i)
        if (rowToCol[size_t(i)] < 0)
            freeRows.push_back(i);
    for (int pass = 0; pass < 2 && !freeRows.empty(); ++pass) {
        const int count = int(freeRows.size());
        int k = 0, stillFree = 0;
        // Rows that only fight over too few columns (an infeasible problem) would raise prices for ever:
        // the bids of a pass are bounded, and rows not settled by then go to the shortest-path phase.
        long long bids = 0;
        const long long maxBids = 8LL * count + m;
        while (k < count) {
            if (++bids > maxBids) {
                while (k < count)
                    freeRows[size_t(stillFree++)] = freeRows[size_t(k++)];
                break;
            }
            const int i = freeRows[size_t(k++)];
            const double* row = cost.data() + size_t(i) * size_t(m);
            double u1 = kInf, u2 = kInf;
            int j1 = -1, j2 = -1;
            for (int j = 0; j < m; ++j) {
                const double h = row[j] - v[size_t(j)];
                if (h < u2) {
                    if (h >= u1) {
                        u2 = h;
                        j2 = j;
                    } else {
                        u2 = u1;
                        j2 = j1;
                        u1 = h;
                        j1 = j;
                    }
                }
            }
            if (j1 < 0)
                return false;
            int displaced = colToRow[size_t(j1)];
            const bool raise = u2 != kInf && u1 < u2;
            if (raise)
                v[size_t(j1)] -= u2 - u1;
            else if (displaced >= 0 && j2 >= 0)
                j1 = j2, displaced = colToRow[size_t(j2)];
            u[size_t(i)] = u2 != kInf ? u2 : u1;
            rowToCol[size_t(i)] = j1;
            colToRow[size_t(j1)] = i;
            if (displaced >= 0) {
                rowToCol[size_t(displaced)] = -1;
                if (raise)
                    freeRows[size_t(--k)] = displaced; // try it again at once
                else
                    freeRows[size_t(stillFree++)] = displaced;
            }
        }
        freeRows.resize(size_t(stillFree));
    }

    for (int start : freeRows) {
        std::fill(shortest.begin(), shortest.end(), kInf);
        std::fill(scannedRow.begin(), scannedRow.end(), 0);
        std::fill(scannedCol.begin(), scannedCol.end(), 0);
        scannedRows.clear();
        // Columns not yet reached by the search, kept in a deterministic order (swap-removal).
        for (int j = 0; j < m; ++j)
            remaining[size_t(j)] = m - j - 1;
        int numRemaining = m;
        double minVal = 0.0;
        int i = start;
        int sink = -1;
        while (sink < 0) {
            scannedRow[size_t(i)] = 1;
            scannedRows.push_back(i);
            const double* row = cost.data() + size_t(i) * size_t(m);
            const double ui = u[size_t(i)];
            int best = -1;
            double lowest = kInf;
            for (int k = 0; k < numRemaining; ++k) {
                const int j = remaining[size_t(k)];
                const double c = row[j];
                if (c != kInf) {
                    const double r = minVal + c - ui - v[size_t(j)];
                    if (r < shortest[size_t(j)]) {
                        path[size_t(j)] = i;
                        shortest[size_t(j)] = r;
                    }
                }
                const double s = shortest[size_t(j)];
                // Ties: prefer a free column (the path ends there); else the first in the scan order.
                if (s < lowest || (s == lowest && best >= 0 && colToRow[size_t(j)] < 0 &&
                                   colToRow[size_t(remaining[size_t(best)])] >= 0)) {
                    lowest = s;
                    best = k;
                }
            }
            if (best < 0 || lowest == kInf)
                return false; // nothing reachable: this row cannot be assigned
            minVal = lowest;
            const int j = remaining[size_t(best)];
            scannedCol[size_t(j)] = 1;
            remaining[size_t(best)] = remaining[size_t(--numRemaining)];
            if (colToRow[size_t(j)] < 0)
                sink = j;
            else
                i = colToRow[size_t(j)];
        }
        // Update the potentials of the rows and columns the search settled.
        u[size_t(start)] += minVal;
        for (int r : scannedRows)
            if (r != start)
                u[size_t(r)] += minVal - shortest[size_t(rowToCol[size_t(r)])];
        for (int j = 0; j < m; ++j)
            if (scannedCol[size_t(j)])
                v[size_t(j)] -= minVal - shortest[size_t(j)];
        // Augment along the path back to the start row.
        int j = sink;
        while (true) {
            const int r = path[size_t(j)];
            colToRow[size_t(j)] = r;
            std::swap(rowToCol[size_t(r)], j);
            if (r == start)
                break;
        }
    }
    return true;
}

} // namespace

AssignmentSolution solveAssignment(const AssignmentMatrix& matrix, bool maximize)
{
    AssignmentSolution out;
    const int rows = matrix.rows(), cols = matrix.cols();
    out.rowToCol.assign(size_t(rows), -1);
    out.colToRow.assign(size_t(cols), -1);
    if (rows == 0 || cols == 0) {
        out.status = AssignmentStatus::Optimal;
        return out;
    }
    const bool transpose = rows > cols;
    const int n = transpose ? cols : rows, m = transpose ? rows : cols;
    const std::vector<double>& cells = matrix.cells();

    // Costs to minimise, shifted so that the smallest allowed cost is 0 (every row of the short side
    // takes exactly one cell, so a common shift changes every feasible total alike).
    double lowest = kInf;
    for (double x : cells)
        if (!std::isnan(x))
            lowest = std::min(lowest, maximize ? -x : x);
    if (lowest == kInf)
        return out; // every pair forbidden
    std::vector<double> cost(size_t(n) * size_t(m));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            const double x = cells[size_t(r) * size_t(cols) + size_t(c)];
            const double value = std::isnan(x) ? kInf : (maximize ? -x : x) - lowest;
            if (transpose)
                cost[size_t(c) * size_t(m) + size_t(r)] = value;
            else
                cost[size_t(r) * size_t(m) + size_t(c)] = value;
        }
    }
    std::vector<int> assigned;
    if (!solveWide(n, m, cost, assigned))
        return out;
    out.status = AssignmentStatus::Optimal;
    for (int a = 0; a < n; ++a) {
        const int r = transpose ? assigned[size_t(a)] : a;
        const int c = transpose ? a : assigned[size_t(a)];
        out.rowToCol[size_t(r)] = c;
        out.colToRow[size_t(c)] = r;
        out.total += matrix.at(r, c);
    }
    return out;
}

} // namespace karsa
