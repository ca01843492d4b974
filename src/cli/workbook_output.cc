#include "cli/workbook_output.h"

#include <com/sun/star/frame/XStorable.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "cli/command_error.h"
#include "cli/command_line.h"
#include "qbr/output_files.h"
#include "qbr/qbr_error.h"
#include "qbr/qbr_writer.h"

namespace alliance::cli {

const char* workbookFilter(const std::filesystem::path& file, std::string_view command) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static constexpr std::array<std::pair<std::string_view, const char*>, 4> kFilters = {{
      {".ods", "calc8"},
      {".fods", "OpenDocument Spreadsheet Flat"},
      {".xlsx", "Calc MS Excel 2007 XML"},
      {".xls", "MS Excel 97"},
  }};
  for (const auto& [ext, filter] : kFilters) {
    if (extension == ext) {
      return filter;
    }
  }
  throw usageError(command,
                   fmt::format("{} must end in .ods, .fods, .xlsx or .xls", file.string()));
}

void checkWorkbookTarget(const std::filesystem::path& target, bool inPlace) {
  try {
    qbr::checkOutputDirectory(target.parent_path());
    qbr::refuseToOverwrite(target, inPlace);
  } catch (const qbr::QbrError& e) {
    throw CommandError(kOutputUnusable, e.what());
  }
}

void storeWithoutLoss(const css::uno::Reference<css::lang::XComponent>& document,
                      const std::filesystem::path& workbook, const std::filesystem::path& target,
                      const std::optional<std::filesystem::path>& backup) {
  // Until the new workbook is in place, a backup is only a copy of an untouched
  // workbook: a failed run removes it, so that running again is not refused.
  bool copied = false;
  bool replaced = false;
  const auto dropBackup = [&] {
    if (copied && !replaced) {
      std::error_code ignored;
      std::filesystem::remove(*backup, ignored);
    }
  };
  const bool inPlace = backup.has_value();
  try {
    if (inPlace) {
      std::error_code error;
      if (!std::filesystem::copy_file(workbook, *backup, std::filesystem::copy_options::none,
                                      error)) {
        throw qbr::QbrError(
            fmt::format("the backup {} could not be made: {}", backup->string(), error.message()));
      }
      copied = true;
    }
    qbr::StagedFile staged(target, inPlace);
    qbr::storeDocument(
        css::uno::Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW),
        staged.temporaryPath(), workbookFilter(target, ""), target.parent_path());
    staged.commit();  // a rename: the old file or the new one, never a mix
    replaced = true;
  } catch (const qbr::NoSpace& e) {
    dropBackup();
    throw CommandError(kNoSpace, e.what());
  } catch (const qbr::QbrError& e) {
    dropBackup();
    throw CommandError(kOutputUnusable, e.what());
  } catch (...) {
    dropBackup();
    throw;
  }
}

}  // namespace alliance::cli
