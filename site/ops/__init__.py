"""Operations: health endpoint, request ids and JSON logs, fault handling, page cache, backups."""
