# Sourced by the scripts: keep every cache out of $HOME and never reach a model hub.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export HARNESS_SCRATCH="${HARNESS_SCRATCH:-$REPO/.scratch}"
export HARNESS_CACHE_DIR="${HARNESS_CACHE_DIR:-$HARNESS_SCRATCH/cache}"
export MPLCONFIGDIR="$HARNESS_SCRATCH/mpl"
export MPLBACKEND=Agg
export XDG_CACHE_HOME="$HARNESS_SCRATCH/xdg"
export TLDEXTRACT_CACHE="$HARNESS_SCRATCH/tldextract"
export HF_HOME="$HARNESS_SCRATCH/hf"
export HF_DATASETS_OFFLINE=1
export HF_HUB_OFFLINE=1
mkdir -p "$HARNESS_SCRATCH"
