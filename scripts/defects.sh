#!/usr/bin/env bash
# Shows that the quality tests catch what they guard: for each defect, a throwaway worktree of HEAD
# gets the defect, is built, and the guarding e2e test must FAIL. The repo itself is not touched.
# Usage: scripts/defects.sh   (needs node_modules installed; ~3 minutes; port 4190)
set -uo pipefail
root=$(git rev-parse --show-toplevel)
tree=$(mktemp -d /tmp/defects.XXXX)
git -C "$root" worktree add --detach "$tree" HEAD >/dev/null
ln -s "$root/node_modules" "$tree/node_modules"
trap 'git -C "$root" worktree remove --force "$tree"' EXIT
cd "$tree"
export PW_PORT=4190
status=0

# name | file | perl substitution | test file | test title filter
defects=(
	"eval under the CSP|src/routes/+layout.svelte|s#let \{ children \} = \\\$props\(\);#let { children } = \\\$props();\n\tif (typeof window !== 'undefined') setTimeout(() => { try { new Function('return 1')(); } catch { /* blocked */ } });#|e2e/security.spec.ts|zero violations"
	"a request to another origin|src/routes/+page.svelte|s#<div class=\"layout\">#<img src=\"https://example.org/pixel.png\" alt=\"\" width=\"1\" height=\"1\" />\n<div class=\"layout\">#|e2e/security.spec.ts|zero violations"
	"article text below contrast|src/app.css|s#\z#\n:global(p), p { color: \#b8b8b8 !important; }\n#|e2e/a11y.spec.ts|initial view"
	"unknown layer names ignored instead of rejected|src/lib/state/permalink.ts|s#if \(unknown !== undefined\) return note#if (unknown !== undefined \&\& names.length > 99) return note#|e2e/permalink.spec.ts|300 generated"
)
for d in "${defects[@]}"; do
	IFS='|' read -r name file subst spec title <<<"$d"
	git checkout -q -- .
	perl -0pi -e "$subst" "$file"
	if git diff --quiet; then echo "SETUP ERROR: '$name' changed nothing in $file"; status=1; continue; fi
	npx vite build >/dev/null 2>&1 || { echo "SETUP ERROR: '$name' does not build"; status=1; continue; }
	out=$(npx playwright test "$spec" -g "$title" --reporter=line 2>&1)
	if echo "$out" | grep -qE '[0-9]+ failed'; then
		echo "CAUGHT  $name → $(echo "$out" | grep -m1 -E '^\s+(Error|expect)' | sed 's/^\s*//' | cut -c1-150)"
		echo "$out" | grep -A12 -m1 -E 'Expected|Received' | sed 's/^/        /' | head -14
	else
		echo "MISSED  $name: $spec -g '$title' passed with the defect"
		status=1
	fi
done
exit $status
