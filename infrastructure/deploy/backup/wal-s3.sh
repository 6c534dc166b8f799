#!/bin/sh
# PostgreSQL's WAL archive in S3 (MinIO), with nothing but curl (its AWS Signature V4 signing).
#   archive_command = '/path/wal-s3.sh push %p %f'    (on the primary, archive_mode = on)
#   restore_command = '/path/wal-s3.sh fetch %f %p'   (on a server recovering from a base backup)
# Environment (of the PostgreSQL service; or prefixed to the command):
#   JIXIAO_WAL_S3_URL     http://minio:9000/jixiao-wal/<cluster>   bucket and prefix of the archive
#   JIXIAO_S3_ACCESS_KEY, JIXIAO_S3_SECRET_KEY, JIXIAO_S3_REGION (default cn-north-1)
# push never overwrites an archived segment with other bytes (it fails, as PostgreSQL asks); fetch exits
# non-zero when the segment is not in the archive, which tells recovery it has reached the archive's end.
set -eu
mode=${1:?push or fetch}
url="${JIXIAO_WAL_S3_URL:?JIXIAO_WAL_S3_URL is not set}"
url="${url%/}"
sign="aws:amz:${JIXIAO_S3_REGION:-cn-north-1}:s3"
user="${JIXIAO_S3_ACCESS_KEY:?}:${JIXIAO_S3_SECRET_KEY:?}"
# S3 servers want the payload's hash header on every signed request; UNSIGNED-PAYLOAD is allowed for all
s3() { curl --silent --show-error --fail --aws-sigv4 "$sign" --user "$user" --header "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$@"; }

case "$mode" in
  push)
    path=${2:?%p} name=${3:?%f}
    if s3 --head --output /dev/null "$url/$name" 2>/dev/null; then
      # archived before (a retry after a crash): fine only when it holds the same bytes
      s3 --output - "$url/$name" | cmp -s - "$path" && exit 0
      echo "wal-s3: $name is archived already with other bytes; refusing to overwrite it" >&2
      exit 1
    fi
    s3 --upload-file "$path" --output /dev/null "$url/$name"
    ;;
  fetch)
    name=${2:?%f} path=${3:?%p}
    s3 --output "$path.part" "$url/$name" 2>/dev/null || { rm -f "$path.part"; exit 1; }
    mv "$path.part" "$path"
    ;;
  *)
    echo "usage: wal-s3.sh push %p %f | fetch %f %p" >&2
    exit 2
    ;;
esac
