package id.okoce.archfixture.web.application;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "Jackson only in the HTTP adapter". */
public class WritesJson {
    /** Holds a mapper. */
    public ObjectMapper mapper;
}
