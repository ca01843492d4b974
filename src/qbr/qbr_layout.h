// Where the QBR template (templates/qbr.fods and its German variant qbr-de.fods,
// both made by templates/make_qbr.py) expects each thing the generator writes.
// Keep the two in step. Rows and columns are 0-based, as the template's rows
// before the generator inserts or removes any.
//
// The QBR sheet is the printed review, columns A to D, top to bottom; the rows
// the generator inserts and removes are whole rows, so each keeps its height.
// The workings the live formulas and the charts read (metrics, scoring,
// quarters) are on the second sheet, which is not printed.
#pragma once

namespace alliance::qbr::layout {

inline constexpr char kSheet[] = "QBR";
inline constexpr char kTitle[] = "A1";
inline constexpr char kPartner[] = "B3";
inline constexpr char kQuarter[] = "B4";
inline constexpr int kPrintedColumns = 4;            // A..D
inline constexpr int kHealthRow = 6;                 // row 7: B this quarter, C last, D change
inline constexpr int kPreviousDimensionsColumn = 2;  // C9..C13
inline constexpr int kPreviousDimensionsRow = 8;
// Row 14 (action) and 15 (quarters red): our verdicts, in the internal version only.
inline constexpr int kInternalRow = 13;
inline constexpr int kInternalRows = 2;
inline constexpr char kQuartersRed[] = "B15";
inline constexpr int kChartsRow = 16;  // row 17: the dimensions, then the health trend
inline constexpr int kRevenueHeadingRow = 18;
inline constexpr int kRevenueFirstRow = 19;  // B20..B24: target, actual, attainment, ...
inline constexpr int kRevenueChartRow = 24;  // row 25: the revenue chart over A:E
inline constexpr int kSummaryRow = 27;       // A28, merged over A28:D28
inline constexpr int kTopicsHeadingRow = 29;
inline constexpr int kTopicsRow = 31;  // row 32: the first topic; the rest are inserted below
// Rows 34..37: the questions to raise (heading, column headings, the first
// question, a blank row), in the internal version only.
inline constexpr int kQuestionsHeadingRow = 33;
inline constexpr int kQuestionsRow = 35;
inline constexpr int kQuestionsRows = 4;
inline constexpr int kMilestonesRow = 43;       // row 44: due, milestone, owner, status
inline constexpr int kLastCommitmentsRow = 47;  // row 48: owner, commitment, due, kept
inline constexpr int kLastRow = 56;             // row 57: the last of this meeting's commitments
// This meeting's commitments (A52:D57: owner, commitment, due, kept), read back
// from last quarter's review.
inline constexpr char kCommitmentsRange[] = "Commitments";
// The workings, the second sheet (its name is in the review's language).
inline constexpr int kWorkingsSheet = 1;
// The live English summary (A31:A32), which lists the warning signs' titles.
inline constexpr char kLiveSummary[] = "A31:A32";
// The portfolio's weights (Strategy..Governance), then Green at and Amber at:
// B23..B29, read by the health and status formulas.
inline constexpr int kScoringColumn = 1;
inline constexpr int kScoringRow = 22;
inline constexpr int kMetricValuesColumn = 1;  // B5..B20, in metric order
inline constexpr int kMetricValuesRow = 4;
inline constexpr int kHistoryRow = 4;  // D5: quarter, health, actual, pipeline, target
inline constexpr int kHistoryColumn = 3;
// J4:L9: the dimensions this quarter and last, as the dimensions chart draws them.
inline constexpr int kDimensionsColumn = 9;
inline constexpr int kDimensionsRow = 3;
// The charts, by the names of their shapes.
inline constexpr char kDimensionsChart[] = "Dimensions";
inline constexpr char kTrendChart[] = "HealthTrend";
inline constexpr char kRevenueChart[] = "QuarterlyRevenue";  // over D..H of the workings

}  // namespace alliance::qbr::layout
