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
    QString error;
    const auto workspace = WorkspaceFile::parse(json, &error);
    if (!workspace) {
        check(!error.isEmpty(), "refused without a message");
        return 0;
    }
    check(error.isEmpty(), "accepted with a message");
    const QByteArray saved = WorkspaceFile::serialize(*workspace);
    QString againError;
    const auto again = WorkspaceFile::parse(saved, &againError);
    if (!again)
        std::fprintf(stderr, "%s\n", qPrintable(againError));
    check(again.has_value(), "a saved workspace does not load");
    check(WorkspaceFile::serialize(*again) == saved, "save, load, save changes the file");
    return 0;
}
