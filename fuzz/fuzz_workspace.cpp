// libFuzzer target: workspace files, which users download and lessons ship.
// The input is the file's bytes. Whatever parses must save and load again to
// the same file, and a refusal must say why.

#include "fuzz/fuzzcheck.h"

#include "course/lessons/workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using swb::fuzz::check;
    using swb::course::WorkspaceFile;

    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto workspace = WorkspaceFile::parse(json);
    if (!workspace) {
        check(!workspace.message().isEmpty(), "refused without a message");
        return 0;
    }
    const QByteArray saved = WorkspaceFile::serialize(*workspace);
    const auto again = WorkspaceFile::parse(saved);
    if (!again)
        std::fprintf(stderr, "%s\n", qPrintable(again.message()));
    check(again.ok(), "a saved workspace does not load");
    check(WorkspaceFile::serialize(*again) == saved, "save, load, save changes the file");
    return 0;
}
