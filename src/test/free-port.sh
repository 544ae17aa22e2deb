# Sourced by the scripts that start a server of their own for the checks (src/test/clients/run.sh,
# .ci/postgres.sh): one way to pick its port.
#
#   PORT=$(free_port TT_PORT 28080 28099) || exit 1
#
# prints the port named by the variable TT_PORT if it is set (it must then be free), else the first free port from
# 28080 to 28099; fails with a message naming the variable otherwise.

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local variable=$1 first=$2 last=$3 candidate
  local wanted=${!variable:-}
  local me
  me=$(basename "$0")
  if [ -n "$wanted" ]; then
    if port_busy "$wanted"; then echo "$me: $variable $wanted is already in use" >&2; return 1; fi
    echo "$wanted"
    return 0
  fi
  for candidate in $(seq "$first" "$last"); do
    if ! port_busy "$candidate"; then echo "$candidate"; return 0; fi
    echo "   port $candidate is taken by another process" >&2
  done
  echo "$me: no free port in $first-$last; set $variable" >&2
  return 1
}
