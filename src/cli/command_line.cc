#include "cli/command_line.h"

#include <fmt/format.h>

#include <iostream>

#include "text/catalog.h"

namespace alliance::cli {

namespace po = boost::program_options;

CommandError usageError(std::string_view command, const std::string& message) {
  return {kUsageError,
          fmt::format("{}\nRun 'alliancecalc {} --help' for usage.", message, command)};
}

std::optional<po::variables_map> parseCommandLine(const std::vector<std::string>& args,
                                                  const po::options_description& options,
                                                  const char* positional, int maxCount,
                                                  const CommandHelp& help) {
  po::options_description hidden;
  if (maxCount == 1) {
    hidden.add_options()(positional, po::value<std::string>());
  } else {
    hidden.add_options()(positional, po::value<std::vector<std::string>>());
  }
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positionals;
  positionals.add(positional, maxCount);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positionals).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw usageError(help.name, e.what());
  }
  if (vm.count("help") != 0) {
    std::cout << help.usage << '\n' << options << '\n' << help.exitCodes;
    return std::nullopt;
  }
  return vm;
}

std::string jsonString(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));  // control characters as \u00XX
    } else {
      out += c;  // UTF-8 passes through: JSON text is UTF-8
    }
  }
  return out + "\"";
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7F) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(byte));
    } else if (byte == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      // U+0080..U+009F in UTF-8: C1 controls (U+009B starts a sequence like ESC [).
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(text[++i])));
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string languageCodes(std::string_view separator) {
  std::string out;
  for (const text::LanguageInfo& language : text::languages()) {
    if (!out.empty()) {
      out += separator;
    }
    out += language.code;
  }
  return out;
}

}  // namespace alliance::cli
