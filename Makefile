# The two set-up commands of the README: `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
WERROR ?= OFF
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ASAN_DIR ?= build-asan
# Leaks are checked too; what Qt's and the system's libraries keep for the life
# of the process is listed in scripts/lsan.supp.
# A small quarantine: the memory-bound tests (a 256 MiB stream, a 50 MB body)
# measure RSS, and ASan's default 256 MiB of freed-but-held blocks would be counted.
ASAN_OPTIONS = detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0:quarantine_size_mb=16
UBSAN_OPTIONS = print_stacktrace=1:halt_on_error=1
LSAN_OPTIONS = suppressions=$(CURDIR)/scripts/lsan.supp:print_suppressions=0
CMAKE_FLAGS = -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DSWB_WERROR=$(WERROR)

.PHONY: deps configure build run test test-sanitizers fuzz bench translations clean install package

deps:
	@./scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	./$(BUILD_DIR)/app/socket-workbench $(ARGS)

# The suite, the fuzzers for a short time, then the suite again under the sanitizers.
test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 300
	@if command -v clang++ >/dev/null 2>&1; then ./scripts/run-fuzzers.sh 15; \
	else echo "clang++ not found: fuzzers skipped (make deps installs clang)"; fi
	@$(MAKE) --no-print-directory test-sanitizers

# The whole suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer
# in a folder of its own; any report fails (leaks of system libraries: scripts/lsan.supp).
test-sanitizers: deps
	@cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSWB_WERROR=$(WERROR) \
	    -DSWB_SANITIZE=ON -DSWB_BUILD_BENCH=OFF >/dev/null
	@cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen SWB_SANITIZED=1 \
	    ASAN_OPTIONS=$(ASAN_OPTIONS) UBSAN_OPTIONS=$(UBSAN_OPTIONS) LSAN_OPTIONS=$(LSAN_OPTIONS) \
	    ctest --output-on-failure -j $(JOBS) --timeout 600

# The HTTP parser's libFuzzer targets, longer than the short run in `make test`.
fuzz: deps
	./scripts/run-fuzzers.sh 120

# The installed tree (the executable, desktop entry, icons, metainfo, manual pages)
# under CMAKE_INSTALL_PREFIX (/usr/local unless configured otherwise), or under
# PREFIX=...; DESTDIR=... stages it for a packager.
PREFIX ?=
install: build
	cmake --install $(BUILD_DIR) $(if $(PREFIX),--prefix $(PREFIX))

# The same tree as a Debian package, $(BUILD_DIR)/socket-workbench_<version>_<arch>.deb
# (CPack; dependencies from dpkg-shlibdeps). Install it with: sudo apt install ./that.deb
package: build
	cmake --build $(BUILD_DIR) --target package

# Refresh translations/*.ts from the sources (then translate what is new).
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

clean:
	rm -rf $(BUILD_DIR)

bench: build
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/bench/bench_model_ingest
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/bench/bench_traffic_filter
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/bench/bench_udp_flood
	SWB_BUILD_DIR=$(BUILD_DIR) python3 bench/bench_tcp_fanin.py
	SWB_BUILD_DIR=$(BUILD_DIR) python3 bench/bench_tcp_stream.py
	SWB_BUILD_DIR=$(BUILD_DIR) python3 bench/bench_startup.py
	./$(BUILD_DIR)/bench/bench_http_download
