package com.baokao.account.reset;

import com.baokao.i18n.BaokaoException;
import jakarta.ejb.ApplicationException;

/**
 * A wrong reset code. Unlike other refusals it does not roll back: the counted wrong guess must stay,
 * or the code could be guessed without limit.
 */
@ApplicationException(rollback = false)
public class WrongResetCodeException extends BaokaoException {

    private static final long serialVersionUID = 1L;

    public WrongResetCodeException() {
        super("code", "reset.code.wrong", new Object[0]);
    }
}
