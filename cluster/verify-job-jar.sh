#!/usr/bin/env bash
# Runs the job jar the way a user does on a cluster, without a Spark download:
#  1. lays out a stand-in Spark installation: SPARK_HOME/jars = Spark 4.1.0's own jars (resolved
#     from Maven Central by cluster/spark-dist/pom.xml), nothing of the platform;
#  2. starts a standalone master and worker from it on 127.0.0.1;
#  3. submits with exactly what bin/spark-submit runs (org.apache.spark.launcher.Main builds the
#     java command, as bin/spark-class does), client mode:
#       - the job jar's main class: credit generate (the CLI starts under spark-submit);
#       - JobJarSmoke (cluster/src/smoke) with --jars credit-job.jar: Flyway/Jdbi/H2 next to
#         Spark's jars, the master taken from spark-submit, application code on the executor,
#         a Parquet round trip;
#  4. stops the worker (and its executors) and the master.
# Usage: cluster/verify-job-jar.sh   (from anywhere; builds the job jar first; ~2-3 min)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/cluster/target/verify-job-jar
job_jar=$root/cluster/target/credit-job.jar
mvn -B -q -pl cluster -am package -Pjob-jar -DskipTests

rm -rf "$out"
mkdir -p "$out/spark-home/conf" "$out/work" "$out/smoke-classes"
mvn -B -q -f cluster/spark-dist/pom.xml \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy-dependencies \
  -DoutputDirectory="$out/spark-home/jars"
cat > "$out/spark-home/conf/log4j2.properties" <<'LOG'
rootLogger.level = warn
rootLogger.appenderRef.console.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %-5p %c{1} - %m%n
logger.deploy.name = org.apache.spark.deploy
logger.deploy.level = info
LOG

export SPARK_HOME=$out/spark-home SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
unset SPARK_CONF_DIR SPARK_CLASSPATH SPARK_DIST_CLASSPATH
read -r -a flags <<< "$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port); ui=$(free_port)
daemon() { exec java "${flags[@]}" -Xmx256m -Dspark.master.rest.enabled=false -cp "$SPARK_HOME/conf/:$SPARK_HOME/jars/*" "$@"; }

daemon org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$ui" \
  > "$out/master.log" 2>&1 &
master_pid=$!
daemon org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --webui-port 0 --cores 1 --memory 1g \
  --work-dir "$out/work" "spark://127.0.0.1:$port" > "$out/worker.log" 2>&1 &
worker_pid=$!
# the worker kills its executors when it gets SIGTERM
stop() {
  kill "$worker_pid" 2>/dev/null && wait "$worker_pid" 2>/dev/null || true
  kill "$master_pid" 2>/dev/null && wait "$master_pid" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 240); do
  curl -fsS "http://127.0.0.1:$ui/json/" 2>/dev/null | grep -q '"aliveworkers" : 1' && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$ui/json/" | grep -q '"aliveworkers" : 1' || { echo "worker did not register; see $out/*.log"; exit 1; }
echo "standalone cluster up at spark://127.0.0.1:$port"

javac -d "$out/smoke-classes" -cp "$job_jar:$SPARK_HOME/jars/*" \
  cluster/src/smoke/java/io/credit/cluster/smoke/JobJarSmoke.java
jar cf "$out/smoke.jar" -C "$out/smoke-classes" .

# What bin/spark-submit does: bin/spark-class runs the launcher, which prints its messages, a NUL
# and a newline, then the java command with NUL after each argument; the exit code is appended here.
spark_submit() {
  local out=()
  mapfile -d '' out < <(java -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main \
    org.apache.spark.deploy.SparkSubmit "$@"; printf '%d\0' $?)
  local rc=${out[-1]}; unset 'out[-1]'
  [ -z "${out[0]}" ] || printf '%s\n' "${out[0]}"
  [ "$rc" = 0 ] || { echo "launcher failed ($rc)"; return 1; }
  local cmd=("${out[@]:1}")
  cmd[0]=${cmd[0]#$'\n'}
  "${cmd[@]}"
}
common=(--master "spark://127.0.0.1:$port" --conf spark.driver.host=127.0.0.1
        --executor-memory 768m --total-executor-cores 1)

echo "== spark-submit --class io.credit.app.CreditCli credit-job.jar generate"
spark_submit "${common[@]}" --class io.credit.app.CreditCli "$job_jar" \
  generate --customers 50 --from 2025-01-01 --to 2025-01-03 --out "$out/inbox"
ls "$out/inbox"

echo "== spark-submit --class io.credit.cluster.smoke.JobJarSmoke --jars credit-job.jar smoke.jar"
spark_submit "${common[@]}" --class io.credit.cluster.smoke.JobJarSmoke --jars "$job_jar" \
  "$out/smoke.jar" "$out/data" | tee "$out/smoke.out"
grep -q "JOB JAR SMOKE OK" "$out/smoke.out"
echo "verify-job-jar: OK"
