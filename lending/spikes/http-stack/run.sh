#!/usr/bin/env bash
# Exploration, not part of the build: the server CPU per request and the latency of the JDK's
# HttpServer against Jetty 12 core, both answering the same static eligibility-shaped body, driven by
# the serving benchmark's load generator (2,000 req/s, 20 s warm-up + 60 s measured, 32 connections).
# Usage (after `mvn -Pbench -DskipTests install`): lending/spikes/http-stack/run.sh jdk|jetty [port]
set -euo pipefail
kind="$1"; port="${2:-18080}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$here/../../.."
jetty=12.1.14
for a in jetty-server jetty-http jetty-io jetty-util; do
  mvn -B -q dependency:get -Dartifact="org.eclipse.jetty:$a:$jetty" >/dev/null
done
m2="$HOME/.m2/repository"
cp="$(for a in jetty-server jetty-http jetty-io jetty-util; do printf '%s:' "$m2/org/eclipse/jetty/$a/$jetty/$a-$jetty.jar"; done)"
cp="$cp$(ls "$m2"/org/slf4j/slf4j-api/2.*/slf4j-api-2*.jar | tail -n1)"
work="$(mktemp -d)"; trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
javac -d "$work" -cp "$cp" "$here/SpikeServer.java"
java -Xmx1g -XX:MaxGCPauseMillis=10 -XX:MaxTenuringThreshold=2 -cp "$work:$cp" SpikeServer "$kind" "$port" >"$work/out" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q ready "$work/out" && break; sleep 0.2; done
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
t0=$(ticks)
result=$(BENCH_API_KEY=unused java -Xmx512m -cp "$root/app/target/lib/*" io.credit.lending.bench.LoadGenerator \
  --port "$port" --rate 2000 --duration 60 --warmup 20 --connections 32 --customers 1000000 --products 6)
t1=$(ticks)
hz=$(getconf CLK_TCK)
echo "$kind server_cpu_us_per_request=$(( (t1 - t0) * 1000000 / hz / 160000 )) $result"
