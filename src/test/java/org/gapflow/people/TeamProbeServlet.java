package org.gapflow.people;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import jakarta.annotation.Resource;

/** Test-only endpoint (in the test archive, never in the product): writes and counts teams. */
@WebServlet("/it/teams")
public class TeamProbeServlet extends HttpServlet {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            transaction.begin();
            entityManager.persist(new Team(request.getParameter("name"), BigDecimal.ONE));
            transaction.commit();
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.getWriter().write("created");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long count = entityManager.createQuery("select count(t) from Team t where t.name = :n", Long.class)
                .setParameter("n", request.getParameter("name")).getSingleResult();
        response.getWriter().write(Long.toString(count));
    }
}
