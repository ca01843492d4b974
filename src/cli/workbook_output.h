// Storing a changed portfolio workbook without losing anything, as every
// command that changes one does (close-quarter, survey merge): --out writes a
// new file and never over an existing one; --in-place first copies the
// workbook, byte for byte, to a backup beside it and then replaces it with one
// rename, so the workbook is at every moment either the old one or the new one.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include <filesystem>
#include <optional>
#include <string_view>

namespace alliance::cli {

// The office's export filter for a workbook's file name extension (.ods, .fods,
// .xlsx, .xls); throws a usage error for `command` otherwise.
[[nodiscard]] const char* workbookFilter(const std::filesystem::path& file,
                                         std::string_view command);

// The cheap checks before an office starts: the target's folder can be written,
// and a new target does not exist. Throws CommandError (kOutputUnusable).
void checkWorkbookTarget(const std::filesystem::path& target, bool inPlace);

// Stores `document` at `target` (the workbook itself when `backup` is given,
// after copying it there; an existing backup is never overwritten). A run that
// fails before the rename removes its backup again. Throws CommandError
// (kOutputUnusable, kNoSpace); UNO exceptions pass.
void storeWithoutLoss(const css::uno::Reference<css::lang::XComponent>& document,
                      const std::filesystem::path& workbook, const std::filesystem::path& target,
                      const std::optional<std::filesystem::path>& backup);

}  // namespace alliance::cli
