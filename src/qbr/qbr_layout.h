// Where the QBR template (templates/qbr.fods and its German variant qbr-de.fods,
// both made by templates/make_qbr.py) expects each thing the generator writes.
// Keep the two in step. The summary cell holds the generator's paragraph; the
// live English formula is beside the metrics in G23.
#pragma once

namespace alliance::qbr::layout {

inline constexpr char kSheet[] = "QBR";
inline constexpr char kTitle[] = "A1";
inline constexpr char kPartner[] = "B4";
inline constexpr char kQuarter[] = "B5";
inline constexpr char kPreviousHealth[] = "C8";
inline constexpr int kPreviousDimensionsColumn = 2;  // C10..C14
inline constexpr int kPreviousDimensionsRow = 9;     // 0-based row of C10
inline constexpr char kQuartersRed[] = "B16";
inline constexpr char kSummary[] = "A26";  // a merged cell over A26:E26
inline constexpr int kWarningsRow = 29;    // 0-based row of A30: title in A, correction in B
// Rows the template keeps for warning signs (A30:A39); more push what follows down.
inline constexpr int kWarningRows = 10;
// The portfolio's weights (Strategy..Governance), then Green at and Amber at:
// H27..H33, read by the health and status formulas.
inline constexpr int kScoringColumn = 7;
inline constexpr int kScoringRow = 26;
inline constexpr int kMilestonesRow = 46;      // 0-based row of A47: milestone, owner, due, status
inline constexpr int kMetricValuesColumn = 7;  // H5..H20, in metric order
inline constexpr int kMetricValuesRow = 4;
inline constexpr int kHistoryRow = 4;  // 0-based row of J5: quarter, health, target, ...
inline constexpr int kHistoryColumn = 9;
inline constexpr char kChart[] = "QuarterlyRevenue";  // the template's chart over J..N

}  // namespace alliance::qbr::layout
