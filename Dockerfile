# The flow runner and setup image: the archive package with its flows and data files.
FROM python:3.11-slim
WORKDIR /app
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md requirements.lock ./
COPY src ./src
COPY flows ./flows
COPY mappings ./mappings
COPY kibana ./kibana
RUN pip install --no-cache-dir -c requirements.lock '.[dask]'
ENV ARCHIVE_MAPPINGS_DIR=/app/mappings \
    ARCHIVE_KIBANA_FILE=/app/kibana/news.ndjson \
    PYTHONPATH=/app
CMD ["archive", "serve"]
