#include "qbr/output_files.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <set>

#include "core/text.h"

namespace alliance::qbr {

namespace {

bool unsafeInFileName(char16_t c) {
  return c < 0x20 || c == 0x7F || c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' ||
         c == u'"' || c == u'<' || c == u'>' || c == u'|';
}

std::string randomSuffix() {
  std::random_device device;
  return fmt::format("{:08x}", device());
}

}  // namespace

std::string fileStem(std::u16string_view partner, const portfolio::Quarter& quarter) {
  std::u16string name;
  for (const char16_t c : partner) {
    name.push_back(unsafeInFileName(c) ? u'_' : c);
  }
  // No hidden files, no "..", no trailing spaces.
  const auto first = name.find_first_not_of(u" .");
  const auto last = name.find_last_not_of(u" .");
  name = first == std::u16string::npos ? u"Partner" : name.substr(first, last - first + 1);
  // Cut between characters (never inside a surrogate pair) to the byte budget.
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    const bool pair = name[i] >= 0xD800 && name[i] <= 0xDBFF && i + 1 < name.size();
    const std::string piece = toUtf8(std::u16string_view(name).substr(i, pair ? 2 : 1));
    if (out.size() + piece.size() > kMaxNameBytes) {
      break;
    }
    out += piece;
    i += pair ? 2 : 1;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) {
    out.pop_back();
  }
  return out + " QBR " + quarter.text();
}

std::vector<std::string> uniqueFileStems(const std::vector<std::u16string>& partners,
                                         const portfolio::Quarter& quarter) {
  const auto folded = [](std::string text) {
    for (char& c : text) {
      if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
      }
    }
    return text;
  };
  std::vector<std::string> out;
  std::set<std::string> taken;  // folded
  out.reserve(partners.size());
  for (const std::u16string& partner : partners) {
    const std::string stem = fileStem(partner, quarter);
    std::string unique = stem;
    for (int n = 2; taken.count(folded(unique)) != 0; ++n) {
      unique = fmt::format("{} ({})", stem, n);
    }
    taken.insert(folded(unique));
    out.push_back(std::move(unique));
  }
  return out;
}

namespace {

// The office takes paths as text: a folder named with bytes that are not UTF-8
// would be written as a different folder (the byte replaced).
void refuseNonUtf8(const std::filesystem::path& directory) {
  if (!isUtf8(directory.native())) {
    throw QbrError(fmt::format(
        "The output folder {} has a name that is not UTF-8 text; the office cannot write "
        "there under that name. Choose a folder whose path is UTF-8.",
        directory.string()));
  }
}

}  // namespace

void checkOutputDirectory(const std::filesystem::path& directory) {
  refuseNonUtf8(directory);
  std::error_code error;
  if (!std::filesystem::exists(directory, error)) {
    throw QbrError(fmt::format("The output folder {} does not exist.", directory.string()));
  }
  if (!std::filesystem::is_directory(directory, error)) {
    throw QbrError(fmt::format("The output path {} is not a folder.", directory.string()));
  }
  if (::access(directory.c_str(), W_OK | X_OK) != 0) {
    throw QbrError(fmt::format("The output folder {} cannot be written to.", directory.string()));
  }
}

void makeOutputDirectory(const std::filesystem::path& directory) {
  refuseNonUtf8(directory);  // before a folder of that name is made
  std::error_code error;
  if (!std::filesystem::exists(directory, error)) {
    std::filesystem::create_directories(directory, error);
    if (error) {
      throw QbrError(fmt::format("The output folder {} could not be created: {}.",
                                 directory.string(), error.message()));
    }
  }
  checkOutputDirectory(directory);
}

NoSpace::NoSpace(std::filesystem::path folder)
    : QbrError(fmt::format("No space left in {}: the file system is full. The partial file was "
                           "removed; make room and run it again.",
                           folder.string())),
      folder_(std::move(folder)) {}

FileExists::FileExists(std::filesystem::path path)
    : QbrError(fmt::format("{} already exists; it is left as it is.", path.string())),
      path_(std::move(path)) {}

void refuseToOverwrite(const std::filesystem::path& path, bool overwrite) {
  std::error_code error;
  if (!overwrite && std::filesystem::exists(path, error)) {
    throw FileExists(path);
  }
}

StagedFile::StagedFile(std::filesystem::path finalPath, bool overwrite)
    : final_(std::move(finalPath)), overwrite_(overwrite) {
  refuseToOverwrite(final_, overwrite_);
  temporary_ =
      final_.parent_path() / (".~" + final_.filename().string() + "." + randomSuffix() + ".part");
}

StagedFile::~StagedFile() {
  if (!committed_) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    // The office locks a document it stores as ".~lock.<name>#" beside it. The name
    // is ours alone (random), so a lock left by a killed office is ours to remove.
    std::filesystem::remove(
        temporary_.parent_path() / (".~lock." + temporary_.filename().string() + "#"), ignored);
  }
}

void StagedFile::commit() {
  // Without --force, renameat2(RENAME_NOREPLACE) refuses atomically even if the
  // file appeared while we were writing.
  const int rc = overwrite_ ? ::rename(temporary_.c_str(), final_.c_str())
                            : ::renameat2(AT_FDCWD, temporary_.c_str(), AT_FDCWD, final_.c_str(),
                                          RENAME_NOREPLACE);
  if (rc != 0) {
    const int error = errno;
    if (error == EEXIST) {
      refuseToOverwrite(final_, false);
    }
    throw QbrError(
        fmt::format("{} could not be written: {}.", final_.string(), std::strerror(error)));
  }
  committed_ = true;
}

}  // namespace alliance::qbr
