# DeployDeck: the commands a newcomer runs. Everything installs what it needs first.
BUILD_DIR ?= build
ASAN_DIR  ?= build-asan
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
PREFIX ?= $(HOME)/.local
CMAKE_GENERATOR ?= Ninja

.PHONY: all bootstrap configure build demo test test-asan bench translations format emulator clean screenshots install fuzz

all: build

bootstrap:
	@scripts/bootstrap

configure: bootstrap
	@test -f $(BUILD_DIR)/CMakeCache.txt || cmake -S . -B $(BUILD_DIR) -G "$(CMAKE_GENERATOR)" -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Starts the app on the built-in emulator with the demo data: no token, no network.
demo: build
	$(BUILD_DIR)/bin/deploydeck --demo

# Installs the binary, the .desktop file, the AppStream metainfo and the icon under PREFIX
# (default ~/.local: the desktop menu finds it there). Started from the menu, the app signs in.
install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

# The standalone emulator, for curl or a second client.
emulator: build
	$(BUILD_DIR)/bin/deploydeck-emulator --data demo

test: build
	@scripts/test-deps
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) -LE bench

# ASan + UBSan (Debug, build-asan/) over the tests labelled `asan`: the client, stores, parsers,
# caps, reconciliation, cleanup engine, the emulator, the command line end to end (the deploydeck
# binary is sanitized too), the fault soak and a few widget tests. Not every test: the other
# widget and i18n tests drive the same models through more dialogs, and each one costs a
# sanitized compile and link (20-50 s here) for code the included window tests already reach.
# It builds only what that subset needs (target asan_tests), not the benches.
# Any sanitizer report, in a test or in a process it starts, fails it (scripts/test-asan).
# Its own CI job (.ci/run-asan), not part of `make test`/.ci/run: a clean sanitized build of the
# app and the subset costs more than make test itself (README "Developing" has the times).
test-asan: bootstrap
	ASAN_DIR=$(ASAN_DIR) JOBS=$(JOBS) scripts/test-asan

# Every libFuzzer target for FUZZ_SECONDS each (clang tree in build-fuzz/; see scripts/fuzz).
FUZZ_SECONDS ?= 60
fuzz: bootstrap
	JOBS=$(JOBS) scripts/fuzz $(FUZZ_SECONDS)

bench: build
	@scripts/test-deps
	scripts/bench

# Runs lupdate so new tr() strings reach translations/*.ts.
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

screenshots: build
	QT_QPA_PLATFORM=offscreen scripts/screenshots

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) build-fuzz
